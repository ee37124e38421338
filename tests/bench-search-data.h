/* bench-search-data.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the search benchmarks share, so both engines are timed on the same input: the
 * queries, and notes enough to stand for a profile used for a year. */

#define VIGIL_BENCH_SEARCH_N_NOTES 1000
/* All notes hang off one step: where they point does not change the cost. */
#define VIGIL_BENCH_SEARCH_NOTE_TARGET "consumer.backups"
#define VIGIL_BENCH_SEARCH_NOTE_TITLE "A step"

const char * const *vigil_bench_search_queries (guint *n);
char               *vigil_bench_search_note    (guint  i);

G_END_DECLS
