"""The rule catalogue: one module per rule family, found by the registry.

A module here registers its rules with `@rule` and says where its family stands in
the catalogue with `FAMILY_POSITION`; docs/rules.md describes every rule.
"""
