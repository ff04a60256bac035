import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useStaff } from '../api/get-staff';

export interface StaffSelectProps {
  /** The area whose active members are offered; nothing is offered (and the picker is disabled) while empty. */
  areaId: string;
  label: string;
  description?: React.ReactNode;
  /** The text of the empty choice (nobody in particular). */
  noneLabel: string;
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
}

/**
 * One active member of an area, or nobody, from the staff directory (ListStaff filtered by area). A chosen person who
 * is no longer an active member stays selected and says so, so saving shows the API's refusal on this field.
 */
export function StaffSelect({ areaId, label, description, noneLabel, value, onChange, error }: StaffSelectProps) {
  const { t } = useTranslation();
  const staff = useStaff({ areaId }, { enabled: areaId !== '' });
  const members = staff.data ?? [];
  const gone = value !== '' && staff.isSuccess && !members.some((m) => m.id === value);
  return (
    <NativeSelect
      label={label}
      description={areaId === '' ? t('directory.staff.chooseAreaFirst') : staff.isError ? t('directory.staff.loadError') : description}
      disabled={areaId === '' || staff.isError}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      data={[
        { value: '', label: staff.isPending && areaId !== '' ? t('directory.staff.loading') : noneLabel },
        ...(gone ? [{ value, label: t('directory.staff.notAMember') }] : []),
        ...members.map((m) => ({ value: m.id, label: `${m.displayName} (${m.email})` })),
      ]}
    />
  );
}
