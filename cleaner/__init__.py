"""news-cleaner: strip boilerplate from scraped news text, keep every sentence of the article.

    >>> from cleaner import clean
    >>> result = clean(text, url="https://www.independent.co.uk/...")
    >>> result.text, result.body, result.publisher
"""

from __future__ import annotations

import logging

from cleaner.api import Cleaner, CleanResult, Options, clean
from cleaner.errors import (
    CleanerError,
    InputError,
    LimitError,
    OutputError,
    RuleError,
    RuleTimeoutError,
    UrlError,
)
from cleaner.labels import Category, Label

__all__ = [
    "Category",
    "CleanResult",
    "Cleaner",
    "CleanerError",
    "InputError",
    "Label",
    "LimitError",
    "Options",
    "OutputError",
    "RuleError",
    "RuleTimeoutError",
    "UrlError",
    "clean",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
