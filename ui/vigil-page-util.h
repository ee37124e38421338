/* vigil-page-util.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vigil-context.h"

G_BEGIN_DECLS

/* Pieces shared by the pages and their parts. */

void vigil_page_fill_references (GtkBox     *box,
                                 GtkWidget  *heading,
                                 GListModel *references);
void vigil_page_set_reviewed    (GtkLabel   *label,
                                 const char *reviewed);
void vigil_page_clear_add_row   (AdwEntryRow  *row);
void vigil_page_report_error    (GtkWidget    *widget,
                                 const GError *error);
GtkFilter *vigil_page_new_view_filter (VigilContext *context);
GtkWidget *vigil_page_new_switch_row  (const char   *title,
                                       const char   *subtitle,
                                       GtkSwitch   **out_switch);
const char * const *vigil_page_get_platforms (void);
const char *vigil_page_platform_name    (const char   *platform);
const char *vigil_page_language_name    (const char   *code);
GStrv       vigil_page_dup_howto_platforms (VigilContext *context,
                                            GSettings    *settings);

G_END_DECLS
