"""The demo deployment `make run` serves: the Northwind story of the README
(`northwind`) and three weeks of review history for the manager pages (`history`)."""
