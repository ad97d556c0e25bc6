// Installs the native application menu built from the pure template.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { buildAppMenuTemplate, type MenuTemplateOptions } from '../menu/app-menu-template';

export function installAppMenu(options: MenuTemplateOptions): void {
  const template: MenuItemConstructorOptions[] = buildAppMenuTemplate(options);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
