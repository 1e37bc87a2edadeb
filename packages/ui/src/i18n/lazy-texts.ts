import type { ResourceNamespaceMap } from "i18next";
import { useTranslation } from "react-i18next";

/**
 * A lazy page's own texts (both languages, a few kB) in their own namespace: they arrive with the page's chunk, not
 * in the first download, and are registered before the namespace is first asked for.
 */
export function useLazyTexts<N extends keyof ResourceNamespaceMap & string>(
  namespace: N,
  texts: { id: ResourceNamespaceMap[N]; en: object },
) {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("id", namespace)) {
    i18n.addResourceBundle("id", namespace, texts.id, true, true);
    i18n.addResourceBundle("en", namespace, texts.en, true, true);
  }
  return useTranslation(namespace);
}
