"""LINE's length limits, counted as LINE counts them: text in UTF-16 code units (an emoji outside the
Basic Multilingual Plane is two), action labels in user-perceived characters (grapheme clusters: a flag,
a family emoji or a letter with its accents is one). Cuts never split a surrogate pair or a cluster."""
import regex

TEXT_UNITS = 5000  # a text message
DISPLAY_TEXT_UNITS = 300  # what a postback button writes in the chat
ALT_TEXT_UNITS = 1500  # a Flex message's notification text
LABEL_GRAPHEMES = 20  # a quick-reply or button label
SENDER_NAME_GRAPHEMES = 20  # the sender's display name on a message
_CLUSTER = regex.compile(r"\X")


def utf16_units(text: str) -> int:
    """The length of *text* as LINE counts a text message: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def graphemes(text: str) -> int:
    """The number of user-perceived characters in *text*."""
    return len(_CLUSTER.findall(text))


def cut_units(text: str, limit: int) -> str:
    """*text* shortened to at most *limit* UTF-16 units, never inside a character or a cluster."""
    if len(text) <= limit // 2 or utf16_units(text) <= limit:
        return text
    out, used = [], 0
    for cluster in _CLUSTER.findall(text):
        size = utf16_units(cluster)
        if used + size > limit:
            break
        out.append(cluster)
        used += size
    return "".join(out)


def cut_graphemes(text: str, limit: int) -> str:
    """*text* shortened to at most *limit* user-perceived characters."""
    if len(text) <= limit:
        return text
    return "".join(_CLUSTER.findall(text)[:limit])
