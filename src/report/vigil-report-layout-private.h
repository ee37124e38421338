/* vigil-report-layout-private.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-report.h"
#include "vigil-report-model.h"
#include "vigil-slide-deck.h"

G_BEGIN_DECLS

/* The layout is a list of blocks (paragraphs, table rows, bars) that vigil-report-pages.c
 * adds from the model, and that vigil-report-layout.c breaks into pages and draws. Text is
 * Pango markup: callers escape what people typed. */

typedef enum
{
  VIGIL_REPORT_STYLE_TITLE,
  VIGIL_REPORT_STYLE_SUBTITLE,
  VIGIL_REPORT_STYLE_FIGURE,
  VIGIL_REPORT_STYLE_HEADING,
  VIGIL_REPORT_STYLE_SUBHEADING,
  VIGIL_REPORT_STYLE_ITEM,
  VIGIL_REPORT_STYLE_BODY,
  VIGIL_REPORT_STYLE_SMALL,
  VIGIL_REPORT_STYLE_CELL,
  VIGIL_REPORT_STYLE_HEADER_CELL,
  VIGIL_REPORT_N_STYLES
} VigilReportStyle;

typedef enum
{
  VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT = 1 << 0,
  /* a heading that starts a part of the report: listed in the PDF's outline */
  VIGIL_REPORT_BLOCK_OUTLINE        = 1 << 1,
  /* a paragraph with a mark drawn in its indent, left of its first line: an empty box to
   * tick on paper, or a bullet */
  VIGIL_REPORT_BLOCK_CHECKBOX       = 1 << 2,
  VIGIL_REPORT_BLOCK_BULLET         = 1 << 3,
} VigilReportBlockFlags;

/* A layout is made empty, filled with blocks, then broken into pages once. */
VigilReportLayout *_vigil_report_layout_new  (double                 page_width_pt,
                                              double                 page_height_pt,
                                              const char            *title,
                                              GDateTime             *date,
                                              const char            *page_format);
void         _vigil_report_layout_paginate    (VigilReportLayout     *self);

double       _vigil_report_layout_get_width   (VigilReportLayout     *self);
void         _vigil_report_layout_get_page_size (VigilReportLayout   *self,
                                               double                *width,
                                               double                *height);
void         _vigil_report_layout_add_text    (VigilReportLayout     *self,
                                               VigilReportStyle       style,
                                               double                 indent,
                                               double                 space_before,
                                               VigilReportBlockFlags  flags,
                                               const char            *markup);
void         _vigil_report_layout_add_bar     (VigilReportLayout     *self,
                                               double                 fraction,
                                               double                 height,
                                               double                 space_before);
void         _vigil_report_layout_page_break  (VigilReportLayout     *self);
void         _vigil_report_layout_begin_table (VigilReportLayout     *self,
                                               guint                  n_columns,
                                               const double          *widths,
                                               const char * const    *header);
void         _vigil_report_layout_add_row     (VigilReportLayout     *self,
                                               const char * const    *cells,
                                               double                 bar_fraction);
const char  *_vigil_report_layout_get_title   (VigilReportLayout     *self);
GDateTime   *_vigil_report_layout_get_date    (VigilReportLayout     *self);
guint        _vigil_report_layout_get_n_outline (VigilReportLayout   *self);
const char  *_vigil_report_layout_get_outline (VigilReportLayout     *self,
                                               guint                  index,
                                               guint                 *page);

/* vigil-report-pages.c */
void         _vigil_report_pages_build        (VigilReportLayout     *self,
                                               VigilReportModel      *model);
void         _vigil_report_pages_build_handout (VigilReportLayout    *self,
                                               VigilSlideDeck        *deck);

/* vigil-report-pdf.c */
GBytes      *_vigil_report_layout_write_pdf   (VigilReportLayout     *self,
                                               GError               **error);

G_END_DECLS
