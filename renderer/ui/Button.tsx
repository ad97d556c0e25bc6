// A button that is never an accidental submit: type defaults to "button"; forms ask for "submit".
import type { ComponentPropsWithRef } from 'react';

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
};

export function Button({ variant = 'secondary', type = 'button', className, ...rest }: ButtonProps) {
  const classes = [variant === 'secondary' ? '' : variant, className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes || undefined} {...rest} />;
}
