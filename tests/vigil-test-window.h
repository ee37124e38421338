/* vigil-test-window.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-window-private.h"

G_BEGIN_DECLS

/* A main window on a database of its own in a temporary folder; with data "organization"
 * its first profile is an organization's. */
typedef struct
{
  char         *dir;
  VigilContext *context;
  VigilWindow  *window;
} Fixture;

void        vigil_test_window_setup      (Fixture       *fixture,
                                          gconstpointer  data);
void        vigil_test_window_teardown   (Fixture       *fixture,
                                          gconstpointer  data);
const char *vigil_test_window_visible_id (Fixture       *fixture);
void        vigil_test_window_show       (Fixture       *fixture,
                                          const char    *id);
GtkWidget  *vigil_test_find_descendant   (GtkWidget     *widget,
                                          GType          type,
                                          gboolean       visible_only);

G_END_DECLS
