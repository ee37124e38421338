/* vigil-search-results.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "vigil-search-results.h"

/* The results of a search, grouped by kind: guidelines, steps, the background entries by
 * their section, then the person's own notes and steps. Within a group the best match comes
 * first, and the first result overall is selected, so that Enter in the search entry opens
 * it. */

/* A few of each kind keep every kind in sight in a narrow sidebar. */
#define PER_GROUP 8
#define QUERY_LIMIT 120

typedef struct
{
  VigilSearchResult *result;
  int                rank;   /* of the group: lower shows first */
  const char        *group;  /* the group's heading */
} Shown;

struct _VigilSearchResults
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkListBox        *list;
  AdwStatusPage     *empty_page;

  VigilContext      *context;
  char              *text;
  GPtrArray         *shown;  /* Shown, in list order */
};

G_DEFINE_FINAL_TYPE (VigilSearchResults, vigil_search_results, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
shown_free (Shown *shown)
{
  vigil_search_result_free (shown->result);
  g_free (shown);
}

/* Background entries group by the section they are in, in the catalog's order. */
static void
entry_group (VigilSearchResults *self,
             const char         *entry_id,
             int                *rank,
             const char        **group)
{
  VigilCatalog *catalog = vigil_context_get_catalog (self->context);
  VigilEntry *entry = vigil_catalog_lookup_entry (catalog, entry_id);
  VigilSection *section = entry != NULL ? vigil_entry_get_section (entry) : NULL;
  GListModel *sections = vigil_catalog_get_sections (catalog);

  *rank = 2;
  *group = _("Background");
  if (section == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VigilSection) other = g_list_model_get_item (sections, i);

      if (other == section)
        {
          *rank = 10 + (int) i;
          *group = vigil_section_get_title (section);
          return;
        }
    }
}

static void
group_of (VigilSearchResults *self,
          Shown              *shown)
{
  switch (shown->result->kind)
    {
    case VIGIL_SEARCH_GUIDELINE:
      shown->rank = 0;
      shown->group = _("Guidelines");
      break;
    case VIGIL_SEARCH_ITEM:
      shown->rank = 1;
      shown->group = _("Steps");
      break;
    case VIGIL_SEARCH_ENTRY:
      entry_group (self, shown->result->target_id, &shown->rank, &shown->group);
      break;
    case VIGIL_SEARCH_NOTE:
      shown->rank = 100;
      shown->group = _("Your Notes");
      break;
    case VIGIL_SEARCH_CUSTOM:
    default:
      shown->rank = 101;
      shown->group = _("Your Own Steps");
      break;
    }
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  const Shown *x = *(Shown * const *) a, *y = *(Shown * const *) b;

  return x->rank - y->rank;
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  VigilSearchResults *self = user_data;
  Shown *shown = g_ptr_array_index (self->shown, gtk_list_box_row_get_index (row));
  Shown *previous = before != NULL
    ? g_ptr_array_index (self->shown, gtk_list_box_row_get_index (before)) : NULL;
  GtkWidget *header;

  if (previous != NULL && previous->rank == shown->rank)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (shown->group);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
create_row (Shown *shown)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (shown->result->title);
  GtkWidget *snippet = gtk_label_new (NULL);
  g_autofree char *plain = NULL;

  for (GtkWidget *label = title; label != NULL; label = label == title ? snippet : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      /* Wrapped labels otherwise ask for their whole text's width. */
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_label_set_markup (GTK_LABEL (snippet), shown->result->snippet);
  gtk_widget_add_css_class (snippet, "caption");
  gtk_widget_add_css_class (snippet, "dim-label");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  pango_parse_markup (shown->result->snippet, -1, 0, NULL, &plain, NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, shown->result->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, plain,
                                  -1);
  return row;
}

static void
clear_list (VigilSearchResults *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->shown, 0);
}

static void
show_empty (VigilSearchResults *self)
{
  g_autofree char *escaped = g_markup_escape_text (self->text, -1);
  /* Translators: the words searched for are in the quotes */
  g_autofree char *description =
    g_strdup_printf (_("Nothing in the guidance or your notes matches “%s”. Try fewer or "
                       "other words."), escaped);

  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
run_query (VigilSearchResults *self)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GHashTable) per_group = g_hash_table_new (NULL, NULL);

  clear_list (self);
  if (self->text == NULL || self->context == NULL)
    return;

  results = vigil_search_index_query (vigil_context_get_search_index (self->context),
                                      self->text, QUERY_LIMIT);
  for (guint i = 0; i < results->len; i++)
    {
      Shown *shown = g_new0 (Shown, 1);
      guint n;

      shown->result = g_steal_pointer (&results->pdata[i]);
      group_of (self, shown);
      n = GPOINTER_TO_UINT (g_hash_table_lookup (per_group, GINT_TO_POINTER (shown->rank)));
      if (n >= PER_GROUP)
        {
          shown_free (shown);
          continue;
        }
      g_hash_table_insert (per_group, GINT_TO_POINTER (shown->rank), GUINT_TO_POINTER (n + 1));
      g_ptr_array_add (self->shown, shown);
    }
  /* A stable sort: within a group, the best match stays first. */
  g_ptr_array_sort (self->shown, compare_rank);

  if (self->shown->len == 0)
    {
      show_empty (self);
      return;
    }

  for (guint i = 0; i < self->shown->len; i++)
    gtk_list_box_append (self->list, create_row (g_ptr_array_index (self->shown, i)));
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
on_context_changed_cb (VigilSearchResults *self)
{
  /* A note or step that changed may now match, or no longer. */
  if (self->text != NULL)
    run_query (self);
}

static void
on_row_activated_cb (VigilSearchResults *self,
                     GtkListBoxRow      *row)
{
  Shown *shown = g_ptr_array_index (self->shown, gtk_list_box_row_get_index (row));

  g_signal_emit (self, signals [RESULT_ACTIVATED], 0, shown->result->target_id);
}

static void
vigil_search_results_constructed (GObject *object)
{
  VigilSearchResults *self = (VigilSearchResults *)object;

  G_OBJECT_CLASS (vigil_search_results_parent_class)->constructed (object);

  g_signal_connect_object (self->context, "item-changed", G_CALLBACK (on_context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "profile-changed",
                           G_CALLBACK (on_context_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
vigil_search_results_dispose (GObject *object)
{
  VigilSearchResults *self = (VigilSearchResults *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_SEARCH_RESULTS);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_search_results_parent_class)->dispose (object);
}

static void
vigil_search_results_finalize (GObject *object)
{
  VigilSearchResults *self = (VigilSearchResults *)object;

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (vigil_search_results_parent_class)->finalize (object);
}

static void
vigil_search_results_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VigilSearchResults *self = VIGIL_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_search_results_class_init (VigilSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vigil_search_results_constructed;
  object_class->dispose = vigil_search_results_dispose;
  object_class->finalize = vigil_search_results_finalize;
  object_class->set_property = vigil_search_results_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VIGIL_TYPE_CONTEXT,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VigilSearchResults::result-activated:
   * @target_id: (nullable): the guideline or entry to open; %NULL for a step of one's own
   *   that belongs to no guideline
   */
  signals [RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-search-results.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilSearchResults, stack);
  gtk_widget_class_bind_template_child (widget_class, VigilSearchResults, scroller);
  gtk_widget_class_bind_template_child (widget_class, VigilSearchResults, list);
  gtk_widget_class_bind_template_child (widget_class, VigilSearchResults, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vigil_search_results_init (VigilSearchResults *self)
{
  self->shown = g_ptr_array_new_with_free_func ((GDestroyNotify) shown_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header_cb, self, NULL);
}

VigilSearchResults *
vigil_search_results_new (VigilContext *context)
{
  return g_object_new (VIGIL_TYPE_SEARCH_RESULTS, "context", context, NULL);
}

/**
 * vigil_search_results_set_text:
 * @text: (nullable): what was typed; %NULL or blank clears the results
 *
 * Returns: whether @text has something to search for
 */
gboolean
vigil_search_results_set_text (VigilSearchResults *self,
                               const char         *text)
{
  g_return_val_if_fail (VIGIL_IS_SEARCH_RESULTS (self), FALSE);

  g_clear_pointer (&self->text, g_free);
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      {
        self->text = g_strdup (text);
        break;
      }
  run_query (self);

  return self->text != NULL;
}

guint
vigil_search_results_get_n_results (VigilSearchResults *self)
{
  g_return_val_if_fail (VIGIL_IS_SEARCH_RESULTS (self), 0);
  return self->shown->len;
}

/**
 * vigil_search_results_move:
 * @delta: rows to move the selection by: 1 down, -1 up
 *
 * Moves the selection while the search entry keeps the focus, and scrolls to it.
 *
 * Returns: whether there are results to move through
 */
gboolean
vigil_search_results_move (VigilSearchResults *self,
                           int                 delta)
{
  GtkListBoxRow *row;
  graphene_rect_t bounds;
  int index;

  g_return_val_if_fail (VIGIL_IS_SEARCH_RESULTS (self), FALSE);

  if (self->shown->len == 0)
    return FALSE;

  row = gtk_list_box_get_selected_row (self->list);
  index = row != NULL ? gtk_list_box_row_get_index (row) + delta : 0;
  index = CLAMP (index, 0, (int) self->shown->len - 1);
  row = gtk_list_box_get_row_at_index (self->list, index);
  gtk_list_box_select_row (self->list, row);

  if (gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (self->scroller),
                               bounds.origin.y, bounds.origin.y + bounds.size.height);
  return TRUE;
}

/**
 * vigil_search_results_activate_selected:
 *
 * Returns: whether there was a result to open
 */
gboolean
vigil_search_results_activate_selected (VigilSearchResults *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (VIGIL_IS_SEARCH_RESULTS (self), FALSE);

  row = gtk_list_box_get_selected_row (self->list);
  if (row == NULL)
    return FALSE;

  on_row_activated_cb (self, row);
  return TRUE;
}
