import { SimpleSingleSelectField } from '@dhis2-ui/select';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, CURRENCY_CODES, SUPPORTED_LANGUAGES } from '@coreteam/core';
import { countryName, currencyName, sortedOptions } from '../format/intl.js';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  /** Unique on the page: it names the ids that tie the label to the list. */
  name: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  required?: boolean;
  helpText?: string;
  error?: string;
  /** Long lists (countries, currencies) get a filter box. */
  filterable?: boolean;
  disabled?: boolean;
}

/** "Côte" finds "cote": case and accents do not matter when filtering. */
function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The DHIS2 select, with every text it shows in the reader's language and filtering done here. */
export function SelectField({
  name,
  label,
  value,
  options,
  onChange,
  required,
  helpText,
  error,
  filterable = false,
  disabled,
}: SelectFieldProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = foldForSearch(filter.trim());
    if (!needle) return options;
    return options.filter((option) => foldForSearch(`${option.label} ${option.value}`).includes(needle));
  }, [filter, options]);

  // SimpleSingleSelect always writes aria-placeholder on its role="combobox" element, where ARIA
  // does not allow it (axe: aria-allowed-attr, critical). React leaves an unchanged attribute
  // alone on later renders, so removing it after each render keeps it away.
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    container.current?.querySelector('[role="combobox"]')?.removeAttribute('aria-placeholder');
  });

  return (
    <div ref={container}>
      <SimpleSingleSelectField
        name={name}
        label={label}
        value={value}
        valueLabel={options.find((option) => option.value === value)?.label}
        options={shown}
        onChange={(next) => {
          setFilter('');
          onChange(next);
        }}
        required={required}
        helpText={helpText}
        error={Boolean(error)}
        validationText={error}
        disabled={disabled}
        filterable={filterable}
        filterValue={filter}
        onFilterChange={setFilter}
        filterLabel={t('select.filterLabel')}
        filterPlaceholder={t('select.filterPlaceholder')}
        noMatchText={t('select.noMatch')}
        empty={t('select.empty')}
        clearText={t('select.clear')}
        menuLoadingText={t('app.loading')}
      />
    </div>
  );
}

export function CountrySelectField(props: Omit<SelectFieldProps, 'options' | 'filterable'>) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const options = useMemo(
    () => sortedOptions(COUNTRY_CODES, (code) => countryName(code, language), language),
    [language],
  );
  return <SelectField {...props} options={options} filterable />;
}

export function CurrencySelectField(props: Omit<SelectFieldProps, 'options' | 'filterable'>) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const options = useMemo(
    () => sortedOptions(CURRENCY_CODES, (code) => `${currencyName(code, language)} (${code})`, language),
    [language],
  );
  return <SelectField {...props} options={options} filterable />;
}

/** Each language named in itself, as in the header's language switch. */
export function LanguageSelectField(props: Omit<SelectFieldProps, 'options' | 'filterable'>) {
  const { t } = useTranslation();
  const options = SUPPORTED_LANGUAGES.map((language) => ({
    value: language,
    label: t(`language.${language}`),
  }));
  return <SelectField {...props} options={options} />;
}
