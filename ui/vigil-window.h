/* vigil-window.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vigil-context.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_WINDOW (vigil_window_get_type())

G_DECLARE_FINAL_TYPE (VigilWindow, vigil_window, VIGIL, WINDOW, AdwApplicationWindow)

VigilWindow  *vigil_window_new            (GtkApplication *application,
                                           VigilContext   *context);
VigilContext *vigil_window_get_context    (VigilWindow    *self);
gboolean      vigil_window_show           (VigilWindow    *self,
                                           const char     *id);
GtkWidget    *vigil_window_get_visible_page (VigilWindow  *self);
void          vigil_window_search         (VigilWindow    *self,
                                           const char     *text);

G_END_DECLS
