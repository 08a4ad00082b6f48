"""tahqiq (تحقيق): a critical, reproducible re-reading of Arabic political-science articles."""

from .corpus.catalogue import Catalogue, Document, load_path, resolve
from .errors import TahqiqError
from .text.normtext import normalise

__all__ = ["Catalogue", "Document", "TahqiqError", "load_path", "normalise", "resolve"]
__version__ = "0.1.0"
