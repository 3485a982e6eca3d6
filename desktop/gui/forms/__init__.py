"""Modules generated from forms/*.ui."""
