import { graphql } from "./gql";

export const ManagedCategoryFields = graphql(`
  fragment ManagedCategoryFields on Category {
    id
    name
    routingHint
    defaultAgency {
      id
      name
    }
    parent {
      id
    }
  }
`);

/** Four levels of the tree (the seed has two; admins may add deeper ones). */
export const CategoriesQuery = graphql(`
  query ManageCategories {
    categories {
      ...ManagedCategoryFields
      children {
        ...ManagedCategoryFields
        children {
          ...ManagedCategoryFields
          children {
            ...ManagedCategoryFields
          }
        }
      }
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation ManageCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        ...ManagedCategoryFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation ManageUpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      category {
        ...ManagedCategoryFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
