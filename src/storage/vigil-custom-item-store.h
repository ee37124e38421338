/* vigil-custom-item-store.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-database.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_CUSTOM_ITEM_STORE (vigil_custom_item_store_get_type())

/**
 * VigilCustomItem:
 * @id: the item id used for its state, "custom.<number>"
 * @guideline_id: (nullable): the guideline it was added to; %NULL for the profile's own list
 * @title: what to do
 */
typedef struct
{
  char *id;
  char *guideline_id;
  char *title;
} VigilCustomItem;

G_DECLARE_FINAL_TYPE (VigilCustomItemStore, vigil_custom_item_store, VIGIL, CUSTOM_ITEM_STORE, GObject)

void                  vigil_custom_item_free         (VigilCustomItem       *item);
VigilCustomItemStore *vigil_custom_item_store_new    (VigilDatabase         *database);
char                 *vigil_custom_item_store_add    (VigilCustomItemStore  *self,
                                                      gint64                 profile_id,
                                                      const char            *guideline_id,
                                                      const char            *title,
                                                      GError               **error);
gboolean              vigil_custom_item_store_rename (VigilCustomItemStore  *self,
                                                      gint64                 profile_id,
                                                      const char            *item_id,
                                                      const char            *title,
                                                      GError               **error);
gboolean              vigil_custom_item_store_remove (VigilCustomItemStore  *self,
                                                      gint64                 profile_id,
                                                      const char            *item_id,
                                                      GError               **error);
gboolean              vigil_custom_item_store_contains (VigilCustomItemStore *self,
                                                        gint64                profile_id,
                                                        const char           *item_id);
GPtrArray            *vigil_custom_item_store_list   (VigilCustomItemStore  *self,
                                                      gint64                 profile_id,
                                                      const char            *guideline_id,
                                                      GError               **error);
GPtrArray            *vigil_custom_item_store_list_all (VigilCustomItemStore *self,
                                                        gint64                profile_id,
                                                        GError              **error);

G_END_DECLS
