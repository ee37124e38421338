/* vigil-report-paper.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <langinfo.h>

#include "vigil-report-paper.h"

#define A4_WIDTH_PT     (210 / 25.4 * 72)
#define A4_HEIGHT_PT    (297 / 25.4 * 72)
#define LETTER_WIDTH_PT  612.0
#define LETTER_HEIGHT_PT 792.0

/**
 * vigil_report_paper_from_mm:
 * @width_mm: the locale's paper width
 * @height_mm: the locale's paper height
 *
 * Reports are made for the two papers people have in their printers: US Letter where the
 * locale uses it (glibc says 216 × 279 mm), A4 everywhere else, including the C locale.
 */
void
vigil_report_paper_from_mm (guint   width_mm,
                            guint   height_mm,
                            double *width_pt,
                            double *height_pt)
{
  g_return_if_fail (width_pt != NULL && height_pt != NULL);

  if (width_mm >= 215 && width_mm <= 216 && height_mm >= 279 && height_mm <= 280)
    {
      *width_pt = LETTER_WIDTH_PT;
      *height_pt = LETTER_HEIGHT_PT;
    }
  else
    {
      *width_pt = A4_WIDTH_PT;
      *height_pt = A4_HEIGHT_PT;
    }
}

/**
 * vigil_report_paper_get_default:
 *
 * The paper of the LC_PAPER locale category (set with setlocale()), in points.
 */
void
vigil_report_paper_get_default (double *width_pt,
                                double *height_pt)
{
  guint width_mm = 210, height_mm = 297;

#ifdef __GLIBC__
  /* LC_PAPER is a glibc extension. Its items are numbers, which nl_langinfo() returns in
   * the place of the string pointer: glibc keeps both in one union, read the same way here
   * (as GTK does) so that the number is right on big-endian machines too. */
  union { const char *string; guint word; } width, height;

  width.string = nl_langinfo (_NL_PAPER_WIDTH);
  height.string = nl_langinfo (_NL_PAPER_HEIGHT);
  if (width.word > 0 && height.word > 0)
    {
      width_mm = width.word;
      height_mm = height.word;
    }
#endif

  vigil_report_paper_from_mm (width_mm, height_mm, width_pt, height_pt);
}
