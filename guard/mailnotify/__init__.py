"""Graph change notifications: the webhook Graph calls, the worker's subscriptions."""
