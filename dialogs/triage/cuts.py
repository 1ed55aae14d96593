"""When a utility cut is the resident's crisis today, read from the day it is due (concepts of the language files).

- a cut announced for a day weeks away (`cut_soon` with `weeks_away`: "they'll cut it on the 10th of next month", 「tháng sau
  không đóng thì cắt gas」) is a bill to arrange, no crisis today: a worry about money. A day within one named too
  (`within_a_day`: today, tonight, tomorrow) keeps it today's crisis;
- a cut announced for today or tomorrow unless paid ("a companhia vai cortar hoje se eu não pagar": `cut_soon` and
  `within_a_day` under a condition) is today's crisis, not the worry a bare condition is ("what happens if they cut the
  water?", 「如果会停电怎么办」);
- an outage of the area told as over (`outage`: the whole block, a typhoon; "…udah nyala lagi") was no cut of the
  resident's, nor a bill to worry about, unless a bill behind or a cut announced is named too; one still under way is left
  to the words (a cut of one's own may be told beside it).
"""

from __future__ import annotations


def by_the_day(found: set[str], worries: set[str], ruled_out: set[str], conditional: set[str]) -> None:
    """Move the lifeline sign between the crisis (found) and the worries as the day of the cut says; in place."""
    if "outage" in found and "lifeline" not in found and not {"utility_arrears", "cut_soon"} & found:
        worries.discard("lifeline")
        ruled_out.add("lifeline")
        return
    later = "weeks_away" in found and "within_a_day" not in found
    if "lifeline" in found and "cut_soon" in found and later:
        found.discard("lifeline")
        worries.add("lifeline")
        ruled_out.add("lifeline")
    elif "lifeline" in conditional and "lifeline" not in found and {"cut_soon", "within_a_day"} <= found:
        found.add("lifeline")
        worries.discard("lifeline")
        ruled_out.discard("lifeline")
