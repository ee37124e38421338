/* vigil-report-paginate.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include "vigil-report-blocks.h"

/* Page breaks: paragraphs may go on over a break (a note longer than a page must), but a
 * heading never ends a page, a first line is never left alone at the foot of one, and a
 * table row is never split; a table going on on a new page repeats its header row. */

typedef struct
{
  GArray    *blocks;
  GPtrArray *pages;
  double     page_height;
  GArray    *page;
  double     y;
  double     bottom;
} Cursor;

static double
lines_height (Block *block,
              guint  first,
              guint  n)
{
  Line *top = &g_array_index (block->lines, Line, first);
  Line *bottom = &g_array_index (block->lines, Line, first + n - 1);

  return bottom->top + bottom->height - top->top;
}

/* How much of @block must fit below a heading kept with it: two lines, or all of it. */
static double
min_height (Block *block)
{
  if (block->kind == BLOCK_TEXT)
    return block->space_before + lines_height (block, 0, MIN (block->lines->len, 2));
  if (block->kind == BLOCK_BREAK)
    return 0;
  return block->space_before + block->height;
}

/* The height of a run of blocks kept together: a heading, the references under it and the
 * first item's title stay with the first lines of that item. A run too tall for any page
 * keeps only its first block with the next. */
static double
kept_height (Cursor *cursor,
             guint   first,
             double  first_space)
{
  GArray *blocks = cursor->blocks;
  double page = cursor->page_height - 2 * VIGIL_REPORT_MARGIN;
  Block *block = &g_array_index (blocks, Block, first);
  double height = first_space + block->height;
  guint i = first;

  while (i + 1 < blocks->len &&
         (g_array_index (blocks, Block, i).flags & VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT))
    {
      Block *next = &g_array_index (blocks, Block, ++i);

      if (!(next->flags & VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT))
        return height + min_height (next);
      height += next->space_before + next->height;
      if (height > page)
        break;
    }

  if (first + 1 < blocks->len)
    return first_space + block->height +
           min_height (&g_array_index (blocks, Block, first + 1));
  return first_space + block->height;
}

static void
new_page (Cursor *cursor)
{
  cursor->page = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_ptr_array_add (cursor->pages, cursor->page);
  cursor->y = VIGIL_REPORT_MARGIN;
}

static void
place (Cursor *cursor,
       guint   block,
       guint   first_line,
       guint   n_lines,
       double  height)
{
  Placement placement = { block, first_line, n_lines, cursor->y };

  g_array_append_val (cursor->page, placement);
  cursor->y += height;
}

/* Space before a block is dropped at the top of a page, where it would only look odd. */
static double
space_before (Cursor *cursor,
              Block  *block)
{
  return cursor->page->len > 0 ? block->space_before : 0;
}

static void
place_row (Cursor *cursor,
           guint   index)
{
  GArray *blocks = cursor->blocks;
  Block *block = &g_array_index (blocks, Block, index);

  if (cursor->page->len > 0 &&
      cursor->y + space_before (cursor, block) + block->height > cursor->bottom)
    {
      new_page (cursor);
      if (!block->is_header)
        {
          Block *header = &g_array_index (blocks, Block, block->table->header);

          place (cursor, block->table->header, 0, 0, header->height);
        }
    }

  cursor->y += space_before (cursor, block);
  /* A row taller than a page cannot happen with the report's short cells; it is placed
   * anyway rather than looping for ever. */
  place (cursor, index, 0, 0, block->height);
}

static void
place_text (Cursor *cursor,
            guint   index)
{
  Block *block = &g_array_index (cursor->blocks, Block, index);
  guint first = 0;

  cursor->y += space_before (cursor, block);

  while (first < block->lines->len)
    {
      guint n = 0;

      while (first + n < block->lines->len &&
             cursor->y + lines_height (block, first, n + 1) <= cursor->bottom)
        n++;

      /* Not a lone first line at the foot of a page, unless the page is empty. */
      if (n == 0 || (first == 0 && n == 1 && block->lines->len > 1 && cursor->page->len > 0))
        {
          if (cursor->page->len == 0)
            n = 1;
          else
            {
              new_page (cursor);
              continue;
            }
        }

      place (cursor, index, first, n, lines_height (block, first, n));
      first += n;
      if (first < block->lines->len)
        new_page (cursor);
    }
}

/**
 * _vigil_report_paginate:
 * @blocks: (element-type Block): the report's blocks, in order
 *
 * Returns: (transfer full) (element-type GArray): each page's #Placement array
 */
GPtrArray *
_vigil_report_paginate (GArray *blocks,
                        double  page_height)
{
  Cursor cursor = { blocks, NULL, page_height, NULL, 0, page_height - VIGIL_REPORT_MARGIN };

  cursor.pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  new_page (&cursor);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);

      if (block->kind == BLOCK_BREAK)
        {
          if (cursor.page->len > 0)
            new_page (&cursor);
          continue;
        }

      /* A heading goes to the next page with the start of what it heads. */
      if ((block->flags & VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT) && cursor.page->len > 0 &&
          cursor.y + kept_height (&cursor, i, space_before (&cursor, block)) > cursor.bottom)
        new_page (&cursor);

      switch (block->kind)
        {
        case BLOCK_TEXT:
          place_text (&cursor, i);
          break;
        case BLOCK_ROW:
          place_row (&cursor, i);
          break;
        case BLOCK_BAR:
          if (cursor.page->len > 0 &&
              cursor.y + space_before (&cursor, block) + block->height > cursor.bottom)
            new_page (&cursor);
          cursor.y += space_before (&cursor, block);
          place (&cursor, i, 0, 0, block->height);
          break;
        case BLOCK_BREAK:
        default:
          g_assert_not_reached ();
        }
    }

  /* A break at the very end leaves an empty page behind. */
  if (cursor.pages->len > 1 && cursor.page->len == 0)
    g_ptr_array_remove_index (cursor.pages, cursor.pages->len - 1);

  return cursor.pages;
}
