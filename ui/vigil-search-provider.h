/* vigil-search-provider.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-application.h"

G_BEGIN_DECLS

#define VIGIL_SEARCH_PROVIDER_MAX_RESULTS 10

#define VIGIL_TYPE_SEARCH_PROVIDER (vigil_search_provider_get_type())

G_DECLARE_FINAL_TYPE (VigilSearchProvider, vigil_search_provider, VIGIL, SEARCH_PROVIDER, GObject)

VigilSearchProvider *vigil_search_provider_new      (VigilApplication     *application);
gboolean             vigil_search_provider_export   (VigilSearchProvider  *self,
                                                     GDBusConnection      *connection,
                                                     const char           *object_path,
                                                     GError              **error);
void                 vigil_search_provider_unexport (VigilSearchProvider  *self);

G_END_DECLS
