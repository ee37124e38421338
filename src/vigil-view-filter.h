/* vigil-view-filter.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VigilViewFilter:
 * @essentials_only: only essential guidelines
 * @hide_not_applicable: leave out what the profile's answers rule out, and items marked
 *   not applicable
 * @show_advanced: include advanced guidelines
 * @platform: (nullable): only guidance with how-to steps for this platform; %NULL for all
 *
 * What the person chose to see in lists. It narrows the view, never the stored progress.
 */
typedef struct
{
  gboolean  essentials_only;
  gboolean  hide_not_applicable;
  gboolean  show_advanced;
  char     *platform;
} VigilViewFilter;

void vigil_view_filter_clear (VigilViewFilter *self);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VigilViewFilter, vigil_view_filter_clear)

G_END_DECLS
