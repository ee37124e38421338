/* vigil-action-row.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *vigil_action_row_new (const char *title,
                                 const char *subtitle,
                                 int         subtitle_lines,
                                 GtkWidget  *suffix);

G_END_DECLS
