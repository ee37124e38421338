/* vigil-context-private.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-context.h"

G_BEGIN_DECLS

/* vigil-context-search.c: told of a change before any handler of the change signals runs,
 * so that a handler that searches finds the change. @item_id %NULL: the whole profile. */
void _vigil_context_search_invalidate (VigilContext *self,
                                       const char   *item_id);

/* vigil-context.c: everything about the current profile may have changed at once (an
 * import): forget what is cached and tell listeners, as a switch of profile does. */
void _vigil_context_reload_profile    (VigilContext *self);

/* vigil-context.c: the current profile's item states, read once and kept until a change;
 * a reference, only to be read */
GHashTable *_vigil_context_dup_states         (VigilContext *self);

G_END_DECLS
