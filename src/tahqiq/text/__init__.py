"""Text: decoding, normalisation with an offset map back to the raw text (``normtext``)."""
