/* vigil-report.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "vigil-context.h"
#include "vigil-slide-deck.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_REPORT_LAYOUT (vigil_report_layout_get_type())

G_DECLARE_FINAL_TYPE (VigilReportLayout, vigil_report_layout, VIGIL, REPORT_LAYOUT, GObject)

GBytes            *vigil_report_render_csv         (VigilContext       *context,
                                                    gint64              profile_id,
                                                    GError            **error);
GBytes            *vigil_report_render_html        (VigilContext       *context,
                                                    gint64              profile_id,
                                                    GError            **error);
GBytes            *vigil_report_render_pdf         (VigilContext       *context,
                                                    gint64              profile_id,
                                                    GError            **error);
GBytes            *vigil_report_render_handout     (VigilSlideDeck     *deck,
                                                    GError            **error);

/* For GtkPrintOperation in the UI: lay out and draw the same pages on a given cairo context */
VigilReportLayout *vigil_report_layout_new         (VigilContext       *context,
                                                    gint64              profile_id,
                                                    double              page_width_pt,
                                                    double              page_height_pt,
                                                    GError            **error);
guint              vigil_report_layout_get_n_pages (VigilReportLayout  *layout);
void               vigil_report_layout_draw_page   (VigilReportLayout  *layout,
                                                    cairo_t            *cr,
                                                    guint               page);

G_END_DECLS
