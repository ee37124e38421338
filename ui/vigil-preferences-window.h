/* vigil-preferences-window.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vigil-context.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_PREFERENCES_WINDOW (vigil_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (VigilPreferencesWindow, vigil_preferences_window, VIGIL, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

VigilPreferencesWindow *vigil_preferences_window_new (GtkWindow    *parent,
                                                      VigilContext *context);

G_END_DECLS
