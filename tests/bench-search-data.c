/* bench-search-data.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bench-search-data.h"

/* Short prefixes are the slow case (typed first, matching most words); "zzz" matches
 * nothing; "telefono" must find the accented word. */
static const char * const queries[] = {
  "p", "ph", "phish", "password", "pass man", "backup", "router", "update", "scam",
  "mfa", "encrypt", "child", "wifi", "a", "th", "de", "le", "la", "zzz", "telefono",
};

/**
 * vigil_bench_search_queries:
 * @n: (out): how many
 *
 * Returns: (transfer none): the queries every search benchmark times
 */
const char * const *
vigil_bench_search_queries (guint *n)
{
  *n = G_N_ELEMENTS (queries);
  return queries;
}

/**
 * vigil_bench_search_note:
 * @i: which note, below %VIGIL_BENCH_SEARCH_N_NOTES
 *
 * Returns: (transfer full): the text of note @i, the same on every call
 */
char *
vigil_bench_search_note (guint i)
{
  static const char * const words[] = {
    "drive", "router", "password", "backup", "office", "laptop", "phone", "printer",
    "supplier", "invoice", "camera", "shared", "account", "checked", "renewed", "Amira",
  };

  return g_strdup_printf ("Note %u: %s %s checked with %s on day %u", i,
                          words[i % G_N_ELEMENTS (words)],
                          words[(i * 7) % G_N_ELEMENTS (words)],
                          words[(i * 3) % G_N_ELEMENTS (words)], i % 28);
}
