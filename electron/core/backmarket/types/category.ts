// The category tree as the contract's `CategoryTree` schema describes it (GET /ws/category/tree[/{categoryId}]).

/** 0 decimal, 1 integer, 2 string, 3 multiple choice (allowed_values separated by commas). */
export type CategoryAttributeType = 0 | 1 | 2 | 3;

export interface CategoryAttribute {
  field: string;
  field_name: string;
  type: CategoryAttributeType;
  allowed_values: string;
  required: boolean;
}

export interface CategoryTree {
  category_id: number;
  category_name: string;
  /** What a product's `category_id` refers to (not `category_id`). */
  marketplace_category_id: number;
  is_leaf: boolean;
  attributes: CategoryAttribute[];
  childrens: CategoryTree[];
}
