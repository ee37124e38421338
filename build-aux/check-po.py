#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that translations keep what the app relies on.

    check-po.py FILE.po [...]

For every translated message: the [words](id) links keep their ids, in any order; the
paragraph breaks and "- " bullets of guidance text stay; printf conversions (%s, %u, %1$s …)
and mnemonic underscores stay. Untranslated and fuzzy messages are reported
too. Exits 1 if anything is wrong, printing one line per problem.
"""

import re
import sys

LINK_ID = re.compile(r"\]\(([a-z0-9.-]+)\)")
MNEMONIC = re.compile(r"(^|[^_\w])_\w")
PRINTF = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:l|ll|h|z|G_GINT64_FORMAT)?[sdiuxXfgc%]")


def unquote(lines):
    text = "".join(re.match(r'\s*"(.*)"\s*$', line).group(1) for line in lines)
    return (text.replace("\\n", "\n").replace("\\t", "\t").replace('\\"', '"')
            .replace("\\\\", "\\"))


def parse(path):
    """Yields (line number, flags, context, msgid, plural, [msgstr…]) per entry."""
    with open(path, encoding="utf-8") as f:
        text = f.read()

    number = 1
    for block in text.split("\n\n"):
        start = number
        number += block.count("\n") + 2
        fields, field, flags = {}, None, ""
        for line in block.split("\n"):
            if line.startswith("#,"):
                flags += line
            elif line.startswith("#") or not line.strip():
                continue
            elif line.lstrip().startswith('"') and field is not None:
                fields[field].append(line)
            else:
                match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")\s*$",
                                 line)
                if match:
                    field = match.group(1)
                    fields[field] = [match.group(2)]
        if "msgid" not in fields:
            continue
        strs = [unquote(fields[k]) for k in sorted(fields) if k.startswith("msgstr")]
        yield (start, flags, unquote(fields.get("msgctxt", [])), unquote(fields["msgid"]),
               unquote(fields["msgid_plural"]) if "msgid_plural" in fields else None, strs)


def structure(text):
    return (sorted(LINK_ID.findall(text)), text.count("\n\n"),
            sum(1 for line in text.split("\n") if line.startswith("- ")))


def problems(path):
    for number, flags, context, msgid, plural, strs in parse(path):
        if msgid == "":
            continue
        where = f"{path}:{number}: {context or msgid[:40]!r}"
        if "fuzzy" in flags:
            yield f"{where}: fuzzy"
        if not strs or any(s == "" for s in strs):
            yield f"{where}: not translated"
            continue
        for translation in strs:
            links, paragraphs, bullets = structure(msgid)
            t_links, t_paragraphs, t_bullets = structure(translation)
            if links != t_links:
                yield f"{where}: link ids {t_links} instead of {links}"
            if paragraphs != t_paragraphs:
                yield f"{where}: {t_paragraphs} paragraph breaks instead of {paragraphs}"
            if bullets != t_bullets:
                yield f"{where}: {t_bullets} bullets instead of {bullets}"
            if sorted(PRINTF.findall(msgid)) != sorted(PRINTF.findall(translation)) and \
               plural is None:
                yield f"{where}: printf conversions differ"
            if MNEMONIC.search(msgid) and ":" not in context and "_" not in translation:
                yield f"{where}: mnemonic underscore lost"


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    found = [p for path in argv for p in problems(path)]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
