/** Calls `onValid` with every change of a react-hook-form form that passes its schema. */
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export function useValidChanges<V extends FieldValues, T>(
  form: UseFormReturn<V>,
  schema: Schema<T>,
  onValid: (value: T) => void,
): void {
  const report = useRef(onValid);
  useEffect(() => {
    report.current = onValid;
  });
  useEffect(() => {
    const subscription = form.watch((next) => {
      const parsed = schema.safeParse(next);
      if (parsed.success) report.current(parsed.data);
    });
    return () => subscription.unsubscribe();
  }, [form, schema]);
}
