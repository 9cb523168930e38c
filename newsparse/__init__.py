"""newsparse: actors, places, casualty figures and attributions from Arabic news text.

>>> import newsparse
>>> article = newsparse.parse("قال الجيش السوري إن 3 مدنيين قتلوا في حلب.")
>>> [a.name for a in article.actors]
['الجيش السوري']
"""

__version__ = "0.1.0"


def parse(text, source=None, lexicons=()):
    """Extract actors, places, casualties and attributions from one article's text."""
    from .pipeline import parse as _parse

    return _parse(text, source=source, lexicons=lexicons)


__all__ = ["parse", "__version__"]
