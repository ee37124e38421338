/* vigil-search-results.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vigil-context.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_SEARCH_RESULTS (vigil_search_results_get_type())

G_DECLARE_FINAL_TYPE (VigilSearchResults, vigil_search_results, VIGIL, SEARCH_RESULTS, GtkWidget)

VigilSearchResults *vigil_search_results_new               (VigilContext       *context);
gboolean            vigil_search_results_set_text          (VigilSearchResults *self,
                                                            const char         *text);
guint               vigil_search_results_get_n_results     (VigilSearchResults *self);
gboolean            vigil_search_results_move              (VigilSearchResults *self,
                                                            int                 delta);
gboolean            vigil_search_results_activate_selected (VigilSearchResults *self);

G_END_DECLS
