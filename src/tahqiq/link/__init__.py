"""Linking: named entities (``entities``) and mentions of events with their dates (``events``)."""
