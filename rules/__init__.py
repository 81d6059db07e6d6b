"""The policy: pure rules, YAML packs, lexicons and templates. No I/O, no clock."""
