"""Outgoing analysis: is this send a bump, and what does it offer?"""
