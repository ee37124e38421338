#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fail unless every shipped translation is complete for the current sources.

    check-translations.py SOURCE_ROOT LANG [LANG …]

For each language: `msgfmt --check --statistics` must report no fuzzy and no untranslated
message; every message of a template extracted now from po/POTFILES.in must be translated
(msgcmp), so a string added to the code without a translation fails; and check-po.py must
find the links, paragraphs, bullets, conversions and mnemonics intact.
"""

import os
import re
import subprocess
import sys
import tempfile

# The same extraction as meson's i18n "glib" preset.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format", "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format", "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2

    root, languages = argv[0], argv[1:]
    po_dir = os.path.join(root, "po")
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        template = os.path.join(tmp, "vigil.pot")
        result = run(["xgettext", *XGETTEXT_ARGS, "--files-from", os.path.join(po_dir, "POTFILES.in"),
                      "--directory", root, "--output", template])
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return 1

        for language in languages:
            po = os.path.join(po_dir, language + ".po")
            result = run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                         env={**os.environ, "LC_ALL": "C"})
            if result.returncode != 0 or re.search(r"fuzzy|untranslated", result.stderr):
                failures.append(f"{language}: msgfmt: {result.stderr.strip()}")

            result = run(["msgcmp", po, template])
            if result.returncode != 0:
                missing = result.stderr.count("this message is used but not defined")
                failures.append(f"{language}: {missing} messages of the current sources have no "
                                f"translation; run `meson compile -C _build vigil-update-po` and "
                                f"translate them:\n{result.stderr.strip()[:2000]}")

            result = run([sys.executable, os.path.join(root, "build-aux", "check-po.py"), po])
            if result.returncode != 0:
                failures.append(f"{language}:\n{result.stdout.strip()}")

    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
