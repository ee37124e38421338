/* vigil-report-layout.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "vigil-report-blocks.h"
#include "vigil-report-layout-private.h"
#include "vigil-report-text.h"

#define MARGIN        VIGIL_REPORT_MARGIN
#define FOOTER_GAP    24.0   /* between the text and the footer's baseline */
#define CELL_PADDING   4.0
#define BAR_HEIGHT     8.0
#define CHECKBOX_SIZE  8.0
#define CHECKBOX_GAP   7.0   /* between a box and its text */
#define BULLET_RADIUS  1.6
#define FONT_FAMILY   "Cantarell, DejaVu Sans, Sans"

struct _VigilReportLayout
{
  GObject               parent_instance;

  double                page_width;
  double                page_height;
  char                 *title;
  GDateTime            *date;
  char                 *page_format;  /* "Page %u of %u", in the text's language */
  PangoFontMap         *font_map;
  PangoContext         *pango;
  PangoFontDescription *fonts[VIGIL_REPORT_N_STYLES];
  GArray               *blocks;   /* Block */
  GPtrArray            *tables;   /* Table */
  GPtrArray            *pages;    /* GArray of Placement */
};

G_DEFINE_FINAL_TYPE (VigilReportLayout, vigil_report_layout, G_TYPE_OBJECT)

static const struct {
  double      size;
  PangoWeight weight;
} styles[VIGIL_REPORT_N_STYLES] = {
  [VIGIL_REPORT_STYLE_TITLE] = { 24, PANGO_WEIGHT_BOLD },
  [VIGIL_REPORT_STYLE_SUBTITLE] = { 13, PANGO_WEIGHT_NORMAL },
  [VIGIL_REPORT_STYLE_FIGURE] = { 40, PANGO_WEIGHT_BOLD },
  [VIGIL_REPORT_STYLE_HEADING] = { 17, PANGO_WEIGHT_BOLD },
  [VIGIL_REPORT_STYLE_SUBHEADING] = { 12.5, PANGO_WEIGHT_BOLD },
  [VIGIL_REPORT_STYLE_ITEM] = { 10, PANGO_WEIGHT_BOLD },
  [VIGIL_REPORT_STYLE_BODY] = { 9.5, PANGO_WEIGHT_NORMAL },
  [VIGIL_REPORT_STYLE_SMALL] = { 8.5, PANGO_WEIGHT_NORMAL },
  [VIGIL_REPORT_STYLE_CELL] = { 9, PANGO_WEIGHT_NORMAL },
  [VIGIL_REPORT_STYLE_HEADER_CELL] = { 9, PANGO_WEIGHT_BOLD },
};

static void
block_clear (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_pointer (&block->lines, g_array_unref);
  for (guint i = 0; i < VIGIL_REPORT_MAX_COLUMNS; i++)
    g_clear_object (&block->cells[i]);
}

static PangoLayout *
create_layout (VigilReportLayout *self,
               VigilReportStyle   style,
               double             width,
               const char        *markup)
{
  PangoLayout *layout = pango_layout_new (self->pango);

  pango_layout_set_font_description (layout, self->fonts[style]);
  /* Words longer than the line (paths, links) break anywhere rather than run off it. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double)logical.height / PANGO_SCALE;
}

static GArray *
measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      Line line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.x = (double)logical.x / PANGO_SCALE;
      line.top = (double)logical.y / PANGO_SCALE;
      line.height = (double)logical.height / PANGO_SCALE;
      line.baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return lines;
}

/*
 * Drawing
 */

static void
draw_bar (cairo_t *cr,
          double   x,
          double   y,
          double   width,
          double   height,
          double   fraction)
{
  double radius = height / 2;

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 0.87, 0.87, 0.85);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_rectangle (cr, x, y, width * CLAMP (fraction, 0, 1), height);
  cairo_set_source_rgb (cr, 0.15, 0.64, 0.41);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* A box to tick, its bottom on the first line's baseline; or a bullet at the height of the
 * middle of a lower-case letter. */
static void
draw_mark (cairo_t *cr,
           Block   *block,
           double   y)
{
  Line *line = &g_array_index (block->lines, Line, 0);
  double baseline = y + line->baseline - line->top;
  double right = MARGIN + block->indent + line->x - CHECKBOX_GAP;

  cairo_save (cr);
  if (block->flags & VIGIL_REPORT_BLOCK_CHECKBOX)
    {
      cairo_set_line_width (cr, 0.8);
      cairo_rectangle (cr, right - CHECKBOX_SIZE, baseline + 0.5 - CHECKBOX_SIZE,
                       CHECKBOX_SIZE, CHECKBOX_SIZE);
      cairo_stroke (cr);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, right - BULLET_RADIUS, baseline - 3.2, BULLET_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw_text (cairo_t   *cr,
           Block     *block,
           Placement *placement)
{
  Line *first = &g_array_index (block->lines, Line, placement->first_line);

  if (placement->first_line == 0 &&
      (block->flags & (VIGIL_REPORT_BLOCK_CHECKBOX | VIGIL_REPORT_BLOCK_BULLET)))
    draw_mark (cr, block, placement->y);

  for (guint i = 0; i < placement->n_lines; i++)
    {
      guint n = placement->first_line + i;
      Line *line = &g_array_index (block->lines, Line, n);

      cairo_move_to (cr, MARGIN + block->indent + line->x,
                     placement->y + line->baseline - first->top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->layout, (int)n));
    }
}

static void
draw_row (cairo_t   *cr,
          Block     *block,
          Placement *placement)
{
  Table *table = block->table;
  double right = table->x[table->n_columns - 1] + table->width[table->n_columns - 1];

  if (block->is_header)
    {
      cairo_rectangle (cr, MARGIN, placement->y, right, block->height);
      cairo_set_source_rgb (cr, 0.96, 0.96, 0.96);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  for (guint c = 0; c < table->n_columns; c++)
    {
      double x = MARGIN + table->x[c] + CELL_PADDING;

      if (block->fraction >= 0 && c == table->n_columns - 1)
        {
          draw_bar (cr, x, placement->y + (block->height - BAR_HEIGHT) / 2,
                    table->width[c] - 2 * CELL_PADDING, BAR_HEIGHT, block->fraction);
          cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
          continue;
        }
      if (block->cells[c] == NULL)
        continue;
      cairo_move_to (cr, x, placement->y + CELL_PADDING);
      pango_cairo_show_layout (cr, block->cells[c]);
    }

  cairo_set_source_rgb (cr, 0.87, 0.87, 0.85);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, placement->y + block->height);
  cairo_rel_line_to (cr, right, 0);
  cairo_stroke (cr);
}

static void
draw_footer (VigilReportLayout *self,
             cairo_t           *cr,
             guint              page)
{
  g_autofree char *number = NULL;
  g_autofree char *markup = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  PangoRectangle logical;
  double width = _vigil_report_layout_get_width (self);
  double y = self->page_height - MARGIN + FOOTER_GAP;

  /* The format is a translation, possibly fetched earlier in another language (a handout
   * in its deck's); msgfmt --check-format keeps it to two %u. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  number = g_strdup_printf (self->page_format, page + 1, self->pages->len);
#pragma GCC diagnostic pop
  markup = g_markup_escape_text (self->title, -1);

  /* The title gives way to the page number: it is cut short, the number never is. */
  left = create_layout (self, VIGIL_REPORT_STYLE_SMALL, width * 0.7, markup);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  right = create_layout (self, VIGIL_REPORT_STYLE_SMALL, width, number);
  pango_layout_line_get_extents (pango_layout_get_line_readonly (right, 0), NULL, &logical);

  cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (left, 0));
  cairo_move_to (cr, MARGIN + width - (double)logical.width / PANGO_SCALE, y);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (right, 0));
}

/*
 * GObject
 */

static void
vigil_report_layout_finalize (GObject *object)
{
  VigilReportLayout *self = (VigilReportLayout *)object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  for (guint i = 0; i < VIGIL_REPORT_N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->pango);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->page_format, g_free);

  G_OBJECT_CLASS (vigil_report_layout_parent_class)->finalize (object);
}

static void
vigil_report_layout_class_init (VigilReportLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vigil_report_layout_finalize;
}

static void
vigil_report_layout_init (VigilReportLayout *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, (GDestroyNotify)block_clear);
  self->tables = g_ptr_array_new_with_free_func (g_free);
}

/* Text is measured without hinting, in points: the line breaks and page breaks are then
 * the same on any cairo surface, so a printout matches the PDF page for page. A font map
 * of its own keeps reports safe to make in a worker thread. */
static void
setup_pango (VigilReportLayout *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->font_map = pango_cairo_font_map_new ();
  self->pango = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->pango, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  pango_context_set_round_glyph_positions (self->pango, FALSE);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < VIGIL_REPORT_N_STYLES; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (self->fonts[i], (int)(styles[i].size * PANGO_SCALE));
      pango_font_description_set_weight (self->fonts[i], styles[i].weight);
    }
}

/*
 * Building, for vigil-report-pages.c
 */

/**
 * _vigil_report_layout_new:
 * @title: for the footer of every page and the PDF's metadata
 * @date: when the document was made
 * @page_format: the footer's "Page %u of %u", translated
 *
 * An empty layout: add blocks to it, then call _vigil_report_layout_paginate() once.
 */
VigilReportLayout *
_vigil_report_layout_new (double      page_width_pt,
                          double      page_height_pt,
                          const char *title,
                          GDateTime  *date,
                          const char *page_format)
{
  VigilReportLayout *self = g_object_new (VIGIL_TYPE_REPORT_LAYOUT, NULL);

  self->page_width = page_width_pt;
  self->page_height = page_height_pt;
  self->title = g_strdup (title);
  self->date = g_date_time_ref (date);
  self->page_format = g_strdup (page_format);
  setup_pango (self);

  return self;
}

void
_vigil_report_layout_paginate (VigilReportLayout *self)
{
  g_assert (self->pages == NULL);

  self->pages = _vigil_report_paginate (self->blocks, self->page_height);
}

double
_vigil_report_layout_get_width (VigilReportLayout *self)
{
  return self->page_width - 2 * MARGIN;
}

void
_vigil_report_layout_get_page_size (VigilReportLayout *self,
                                    double            *width,
                                    double            *height)
{
  *width = self->page_width;
  *height = self->page_height;
}

void
_vigil_report_layout_add_text (VigilReportLayout     *self,
                               VigilReportStyle       style,
                               double                 indent,
                               double                 space_before,
                               VigilReportBlockFlags  flags,
                               const char            *markup)
{
  Block block = { 0 };

  block.kind = BLOCK_TEXT;
  block.flags = flags;
  block.indent = indent;
  block.space_before = space_before;
  block.fraction = -1;
  block.layout = create_layout (self, style, _vigil_report_layout_get_width (self) - indent,
                                markup);
  block.lines = measure_lines (block.layout);
  block.height = layout_height (block.layout);
  g_array_append_val (self->blocks, block);
}

void
_vigil_report_layout_add_bar (VigilReportLayout *self,
                              double             fraction,
                              double             height,
                              double             space_before)
{
  Block block = { 0 };

  block.kind = BLOCK_BAR;
  block.fraction = fraction;
  block.height = height;
  block.space_before = space_before;
  g_array_append_val (self->blocks, block);
}

void
_vigil_report_layout_page_break (VigilReportLayout *self)
{
  Block block = { 0 };

  block.kind = BLOCK_BREAK;
  block.fraction = -1;
  g_array_append_val (self->blocks, block);
}

static void
add_row (VigilReportLayout  *self,
         const char * const *cells,
         double              bar_fraction,
         gboolean            is_header)
{
  Table *table = g_ptr_array_index (self->tables, self->tables->len - 1);
  Block block = { 0 };

  block.kind = BLOCK_ROW;
  block.table = table;
  block.is_header = is_header;
  block.fraction = bar_fraction;
  block.height = BAR_HEIGHT;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *escaped = NULL;

      if (cells[c] == NULL || (bar_fraction >= 0 && c == table->n_columns - 1))
        continue;
      if (is_header)
        escaped = g_markup_escape_text (cells[c], -1);
      block.cells[c] = create_layout (self, is_header ? VIGIL_REPORT_STYLE_HEADER_CELL
                                                      : VIGIL_REPORT_STYLE_CELL,
                                      table->width[c] - 2 * CELL_PADDING,
                                      is_header ? escaped : cells[c]);
      block.height = MAX (block.height, layout_height (block.cells[c]));
    }
  block.height += 2 * CELL_PADDING;

  if (is_header)
    table->header = self->blocks->len;
  g_array_append_val (self->blocks, block);
}

/**
 * _vigil_report_layout_begin_table:
 * @widths: each column's share of the text width; they add up to 1
 * @header: the header cells, plain text (%NULL for an empty one)
 */
void
_vigil_report_layout_begin_table (VigilReportLayout  *self,
                                  guint               n_columns,
                                  const double       *widths,
                                  const char * const *header)
{
  Table *table = g_new0 (Table, 1);
  double x = 0;

  g_assert (n_columns > 0 && n_columns <= VIGIL_REPORT_MAX_COLUMNS);

  table->n_columns = n_columns;
  for (guint c = 0; c < n_columns; c++)
    {
      table->x[c] = x;
      table->width[c] = widths[c] * _vigil_report_layout_get_width (self);
      x += table->width[c];
    }
  g_ptr_array_add (self->tables, table);

  add_row (self, header, -1, TRUE);
}

/**
 * _vigil_report_layout_add_row:
 * @cells: one markup string (or %NULL) per column
 * @bar_fraction: from 0 to 1 to draw the last column as a progress bar; -1 for none
 */
void
_vigil_report_layout_add_row (VigilReportLayout  *self,
                              const char * const *cells,
                              double              bar_fraction)
{
  g_assert (self->tables->len > 0);

  add_row (self, cells, bar_fraction, FALSE);
}

const char *
_vigil_report_layout_get_title (VigilReportLayout *self)
{
  return self->title;
}

GDateTime *
_vigil_report_layout_get_date (VigilReportLayout *self)
{
  return self->date;
}

static gboolean
find_outline (VigilReportLayout *self,
              guint              index,
              guint             *block,
              guint             *page)
{
  guint n = 0;

  for (guint p = 0; p < self->pages->len; p++)
    {
      GArray *placements = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < placements->len; i++)
        {
          Placement *placement = &g_array_index (placements, Placement, i);
          Block *candidate = &g_array_index (self->blocks, Block, placement->block);

          if (!(candidate->flags & VIGIL_REPORT_BLOCK_OUTLINE) || placement->first_line > 0)
            continue;
          if (n++ == index)
            {
              *block = placement->block;
              *page = p;
              return TRUE;
            }
        }
    }

  return FALSE;
}

guint
_vigil_report_layout_get_n_outline (VigilReportLayout *self)
{
  guint n = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    if (g_array_index (self->blocks, Block, i).flags & VIGIL_REPORT_BLOCK_OUTLINE)
      n++;

  return n;
}

/**
 * _vigil_report_layout_get_outline:
 * @page: (out): the page (from 0) the heading is on
 *
 * Returns: the text of the @index-th heading listed in the outline
 */
const char *
_vigil_report_layout_get_outline (VigilReportLayout *self,
                                  guint              index,
                                  guint             *page)
{
  guint block = 0;

  if (!find_outline (self, index, &block, page))
    return NULL;

  return pango_layout_get_text (g_array_index (self->blocks, Block, block).layout);
}

/*
 * Public API
 */

/**
 * vigil_report_layout_new:
 * @profile_id: the profile to report on; it need not be the current one
 * @page_width_pt: the paper's width in points
 * @page_height_pt: the paper's height in points
 *
 * Lays out the report for one paper size: the PDF report is drawn from this, and a
 * GtkPrintOperation can draw the same pages with vigil_report_layout_draw_page().
 *
 * Returns: (transfer full): the laid out report, or %NULL with @error set
 */
VigilReportLayout *
vigil_report_layout_new (VigilContext  *context,
                         gint64         profile_id,
                         double         page_width_pt,
                         double         page_height_pt,
                         GError       **error)
{
  g_autoptr(VigilReportLayout) self = NULL;
  g_autoptr(VigilReportModel) model = NULL;
  g_autofree char *title = NULL;
  const char *page_format;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (page_width_pt > 4 * MARGIN && page_height_pt > 4 * MARGIN, NULL);

  model = vigil_report_model_new (context, profile_id, error);
  if (model == NULL)
    return NULL;

  title = vigil_report_dup_title (model);
  /* Translators: the footer of every page of a report */
  page_format = _("Page %u of %u");
  self = _vigil_report_layout_new (page_width_pt, page_height_pt, title, model->date,
                                   page_format);
  _vigil_report_pages_build (self, model);
  _vigil_report_layout_paginate (self);

  return g_steal_pointer (&self);
}

guint
vigil_report_layout_get_n_pages (VigilReportLayout *layout)
{
  g_return_val_if_fail (VIGIL_IS_REPORT_LAYOUT (layout), 0);

  return layout->pages->len;
}

/**
 * vigil_report_layout_draw_page:
 * @cr: a context whose user space is the page in points, with the origin at its top left
 *   corner (for GtkPrintOperation: unit %GTK_UNIT_POINTS and use-full-page set)
 * @page: the page, from 0
 *
 * Draws one page, with its footer ("Page N of M").
 */
void
vigil_report_layout_draw_page (VigilReportLayout *layout,
                               cairo_t           *cr,
                               guint              page)
{
  GArray *placements;

  g_return_if_fail (VIGIL_IS_REPORT_LAYOUT (layout));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < layout->pages->len);

  placements = g_ptr_array_index (layout->pages, page);

  cairo_save (cr);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);
      Block *block = &g_array_index (layout->blocks, Block, placement->block);

      cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
      switch (block->kind)
        {
        case BLOCK_TEXT:
          draw_text (cr, block, placement);
          break;
        case BLOCK_ROW:
          draw_row (cr, block, placement);
          break;
        case BLOCK_BAR:
          draw_bar (cr, MARGIN, placement->y, _vigil_report_layout_get_width (layout),
                    block->height, block->fraction);
          break;
        case BLOCK_BREAK:
        default:
          g_assert_not_reached ();
        }
    }
  draw_footer (layout, cr, page);
  cairo_restore (cr);
}
