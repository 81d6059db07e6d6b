"""The learned decision layer: hashed features, linear models shipped as data files.

Runtime (`features`, `linear`) is pure Python and numpy; training (`train`) imports
scikit-learn and runs only from `guard model train`.
"""
