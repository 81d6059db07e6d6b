"""Learning from managers: review decisions as labels, deployment models, activation.

`guard model train --include-reviews` retrains the bump model with the labels in
`labels.py`, stores it in `learned_models` (never over the shipped file); `guard rules
simulate --model ID` shows what it would change; `guard model activate ID` makes the
service use it (`cache.py`), and every check records its id beside the pack revision.
"""
