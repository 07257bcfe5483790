"""HTML mode: a page's bytes → decoded text (``charset``) → Lexbor tree → blocks in
reading order with what the DOM says of each (``blocks``, ``page``, ``dom``, ``tokens``),
and the page's metadata (``metadata``). ``cleaner.api`` turns the blocks into the
classifier's lines."""
