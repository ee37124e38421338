/* vigil-report-blocks.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "vigil-report-layout-private.h"

G_BEGIN_DECLS

/* What a laid out report is made of, shared by the layout that builds and draws the blocks
 * and the pagination that places them on pages. */

#define VIGIL_REPORT_MARGIN      56.0   /* about 20 mm, on every side */
#define VIGIL_REPORT_MAX_COLUMNS 6

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_BAR,
  BLOCK_BREAK,
} BlockKind;

typedef struct
{
  guint   n_columns;
  double  x[VIGIL_REPORT_MAX_COLUMNS];
  double  width[VIGIL_REPORT_MAX_COLUMNS];
  /* the header row, repeated at the top of every page the table continues on */
  guint   header;
} Table;

/* Where each line of a paragraph sits inside it, so a paragraph can end on one page and
 * go on at the top of the next. */
typedef struct
{
  double x;
  double top;
  double height;
  double baseline;
} Line;

typedef struct
{
  BlockKind              kind;
  VigilReportBlockFlags  flags;
  double                 indent;
  double                 space_before;
  double                 height;
  PangoLayout           *layout;     /* BLOCK_TEXT */
  GArray                *lines;      /* BLOCK_TEXT: Line */
  PangoLayout           *cells[VIGIL_REPORT_MAX_COLUMNS];  /* BLOCK_ROW */
  Table                 *table;      /* BLOCK_ROW */
  gboolean               is_header;  /* BLOCK_ROW */
  double                 fraction;   /* BLOCK_BAR, or a row's bar; < 0 for none */
} Block;

/* One block, or the lines first_line to first_line + n_lines of a paragraph, on a page. */
typedef struct
{
  guint  block;
  guint  first_line;
  guint  n_lines;
  double y;
} Placement;

GPtrArray *_vigil_report_paginate (GArray *blocks,
                                   double  page_height);

G_END_DECLS
