"""The rule engine: the registry, packs, evaluation and the business calendar."""
