"""The closed sets a line can be labelled with: labels, categories and roles."""

from __future__ import annotations

from enum import Enum

# Reading a member through its class (``Label.KEEP``) costs about 90 ns on Python 3.11, where
# EnumType's ``__getattr__`` sends every attribute read of an enum class through Python;
# a loop over a document's lines binds the members it compares against to local names.


class Label(str, Enum):
    """What the classifier says of a line.

    ``short`` is a first label only: a line too short or too weak to judge alone,
    decided by its neighbours in the smoothing pass. ``blank`` lines are kept or
    dropped when the document is rendered, from the lines around them.
    """

    KEEP = "keep"
    DROP = "drop"
    SHORT = "short"
    BLANK = "blank"


class Category(str, Enum):
    """Why a dropped line is boilerplate (or, for kept lines, what part of the article it is)."""

    # kept lines
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BODY = "body"
    # dropped lines
    SUBSCRIPTION = "subscription"
    DONATION = "donation"
    NEWSLETTER = "newsletter"
    NOTIFICATION = "notification"
    COMMENTS = "comments"
    LOGIN = "login"
    SOCIAL = "social"
    NAVIGATION = "navigation"
    RELATED = "related"
    CAPTION = "caption"
    BYLINE = "byline"
    ADVERTISING = "advertising"
    COOKIE = "cookie"
    LEGAL = "legal"
    DUPLICATE = "duplicate"
    BOILERPLATE = "boilerplate"


KEEP_CATEGORIES = frozenset({Category.HEADLINE, Category.STANDFIRST, Category.BODY})
DROP_CATEGORIES = frozenset(set(Category) - KEEP_CATEGORIES)
