"""Measuring the analysers (`make eval`): kept out of the production package.

`bump` and `ooo` score the analysers on labelled sets (the shared corpora, the
held-out sets in tests/analysis/heldout, the frozen set when present);
`crossval` runs grouped 5-fold cross-validation on the training data; `metrics`
holds the counts, the per-language gate and the calibration table.
"""
