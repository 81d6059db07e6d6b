"""Inbound analysis: what kind of reply is this, and what does it tell?"""
