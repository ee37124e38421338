/* vigil-report-paper.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void vigil_report_paper_from_mm     (guint   width_mm,
                                     guint   height_mm,
                                     double *width_pt,
                                     double *height_pt);
void vigil_report_paper_get_default (double *width_pt,
                                     double *height_pt);

G_END_DECLS
