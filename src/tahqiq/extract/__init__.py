"""Extraction of dates, figures and citations, each row with raw offsets and a verbatim quote."""
