// The tray icon, as data URLs: the packaged app ships only out/, not build/, so the icon the
// tray needs travels inside the bundle. Both sizes are build/icon.png scaled down (16 px, and
// 32 px for high-density screens); regenerate them if the app icon changes.
import { nativeImage, type NativeImage } from 'electron';

const icon16 = [
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAC00lEQVR4AaRRW0tUURT+5kx5I6',
  'wpBFOqGcvUJAuKgkgfJC2ivAVpZiVKoZb0IPQWVC9CGV0eekgMIooghbGS1LwrlkJkGSRlnjGvieYk6jRzzt6rvc8Z5w902G',
  'vvfdblW9+3toL//AIACSXD2Ykl37p2XPg6knD+sxpfNKDGF35Q4871qdvP9Kqx+T1qbF7nyNbc1q4tOc3ZK30NgITS4SwFvA',
  '6kJ4eHcEfUOsUeZVPsG9fL0yruVrtVYXYi3QHOkq1gdfasV1kSRDE2zipEsYUYw42CSLTcTERr1U603d6Ntjt70H5vH1IS14',
  'A4M410C4FXGLVyI+LRZlAXvxzPXw+iqqbXOIXDv7hZzHXjBNejZcBgQKRZTAAmfITDKdtwNnsXUg/EYOb3Ejx/NYgmIH8xkc',
  'hjukUkwwRgK+giQASxQCIqLTjIitCQ1QD354hiMqRwkQETAIbD1AejFLAAhnm9DMy3iJNJYyhP92FTRDAMAAEE8ZkMSA84Sb',
  'QPpyXY9HlE2MJgY0Og8UYctNagJKwY9ZkPsTc2VBCS84LJwED065MElvqbsNDyDEzzQf94HdbNR0GeKdEPCJlrx9WUPsgXkw',
  '5FbhSYgUQlrE0/jQ35V0DaAmiqA3xuUDDUZKphCeHDWKUw424AiBmQMEibdS9jdt6DkXE3pv+IcJAN2qdKBB+qxer9txCS+x',
  '0zShJ8Pk3O2JTAuTZhymC4Vv0FqaVNOFL+FmllzRgILQefbIe3KQN8ph/sxwvc77KLZjQhKYgWAONUJTSRBNHE6yx4OLxCzb',
  'JmQdHjaDxavIshawbej0ei7IkNT9vcYtSsKgDgqk2r51zPEUJ7BIgKprvAmEtIci16fK5KJ7mOPYhz5VVHqw3v3D2iR86v7s',
  'v1AQB5cTmPO1VnZvLoyxMxow25jp9vTjnGGgscE82FjsnWYsdUR4ljuvNizFT3peSZ7nKnrJH2DwAA//+n+itAAAAABklEQV',
  'QDAMkPpjBo/6YcAAAAAElFTkSuQmCC',
].join('');

const icon32 = [
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAHi0lEQVR4AcxWa1BV1xld54IgIi',
  'jRYByKJgJiJI8m1XaaTqfcpGPGCdMkVK2geUjTijYxD5JqUtu006md6bTjTJsxTlp/JFraTMeQEBRfcCHGWKpWE0x8FBwoyE',
  'sSQZSH3LO/ru+cew73DnTaH51pDnudbz/W/tba3zn3aAD/5+vzaSB71T9SF5Y2rc0rPV+eV3quJm/tmVDe906Hbn2ikfgotO',
  'C7p0IL1pwMLXj8OHEslPvY30K5j/w1lLv6aChn9QehnFWHQzlF74Wyi+prslbWlmd959DaG5buTZ2o2OMqcFtpc8HkaVZTwD',
  'LbAVMEMfcS+QLkW5B87VvCCJMPzon2FVwTzlnC+ciY3HstkSJLsD1tanzTvGX7C7gnpsUYuHVd8wMISAU33ihiABHCMHjRnf',
  'PWvAhyvX5sjOHfSF7F3MKqB6Id+AZyS86mxFmyg6R4Lwn7iLds3D0vAYuyE4nJLnIYicU5SVikmD8Fi4lFxPRk1klsxzh4AC',
  '+XG018QLBj5rfeSfFM+AbiEuKLIWaWS4yc2Bh8884p2LkpB69vnI83NuXijRcXYOeLC7HzpTzs/NFt2LX5duIO7PrxF/HHn9',
  'yF55bPYRo1IPByudGv5KyplhSPM2Dx+bnEiLjj3mYFWEaP/V/EeD5w0LiXy42+OGiLgL4/0MuvACDptMwwRtaxblDi6xWnUP',
  'jkmzHQOV2LhnAgoGnnABrH8olK832BmHTSnDZmQEyACxBuBEnigOl0TOqSr2Xh+ZJ7YqBzGHe5e3S/m0fHNDEmDlbI1/U7MD',
  'ZExRxhde5u5KQjMTs9BffcnRkDncMElzAHCPHyRYk7c1qhyD7fgPHI3Aj2hVE06maSu3qv4nTTpX+L5rbLZLFxj7vfPUBU2T',
  'ntzoG5yXSabwAUEl1gAi86RI6VOTNtCrLnpE2IhfNmIiszTWkO3P1GMzKtVpN9zcP8wmgMjThMwDcgXAQXo6PTZxrlXu4fQl',
  'vXlQkxODyqlAiYXPPoPidnrDicOXIibN8A6MoR1M0OSZ2TyLFyU5ITkX5D8oTQEwl5iimJcZifmYzZMxKc00skl3BdxYVjme',
  'gdgPP1EigBJCGygVmg19DIKK5cHZkQfQPDCIdt2H3nsGRGFd59NIT6pxrx/i9S8NSKXEyeZDGNVsI7FKMmJcYqwJK54u6ptS',
  '90KmqExLTUJGTelDoOGelTkcHHb46VwVx4E+Gzv0f4499h9OTPkXb821g/fQMqfnozZqVpRYTnorgh4F6+AUdIxXh6Icika5',
  'qhMaWG+3ox+NH7DobP/V2nYJjIhEcwWv8I4m8pRMKXXkZCcJez5t2k9wTmfrICO8puxqQ45tPckZzK8Q0wGwXHyqQmFI4RMv',
  've2Y72jQUO2jYVwL7aD9s2MGdegZWcibjZ3yALsNv3OzHmNtyLnJ6fYdXS7IgGjUQIYwboyhP0ooprUZQ787HNmF/d5yCnog',
  'OBZP3/hbDkr8H+ZyXMlWbSDcKnfqn0cTCdISz7ioGwarz5674B90Mk8MQ1KmjZJ0d3tPy41g4MdQPX+2E+/ZDLFhCYxDhxy0',
  '1pRhz/PXaqHaH4BvRX4AjyyG401GapOI5wY4JOS/iaP2f3NMCyLMRlr8L4y3KmAmYICfEWX23mdmYw9iECvwM8PhsX9UVxFN',
  'jno4lwYwK1IEkZgOWewW7aBcOKJCzegvjby2ClZsGalovE+9/F5OUfO+9Jv5mFa0PX3YPBvdzd7LP4fAoUjIhrFYQmFFWHL+',
  'Dohx249Nkgqt5rZv8ievuGUH20C4HZQe5mGx3AyIFCiJrgryGp8CSSHj7mvJyB5C8gcNPXUd86xxFnTgpxD1uUAdODKHFQHB',
  'zXnujBM78+gbKtx7H8hzV4+lcNeO43DVjxwkGUMXZnPMs6us9d+s9i+O0vY6RuDUZP/xb2Z6cpAYw2boWZfge2/eWsMwaoFe',
  'n5Bvhg6kBRoWh07B80sAMJ6OwzaLk0yn4iOi7baOm5jrCViA2vDSC8aBtNJLopzXXYLbsxenwzRqrvx3D1UpjBbmypWYhPLn',
  'wKzW3Cpg6RyzfQP3SlnD+SbiW4JjiiIe6AxT/lW3oj3Mi7ZeHk+ctY+cpktN1ZibhblgEJ08hgo+nAjLtwde46lB3Ixx/ean',
  'SyCEy3wVA5GU7zDfRWPjhg2+ESiofBKogjbqgvEI5BiM7FRK4zbWNzP5Y8fwalB5ajPKEKNRn1qJhei5dOPYOvPtuB3YeaYF',
  'n69kvYtqWk98jGAUedN98A+2jdvXSvLfZD/PH1gM8EFBQKghD2YyPFOSdcA38phgIHGzrw8rYGrN3SgBe2HsGf953HtREDi3',
  '+k9thhPHTpyNN7VctDjAGdbH2rYM9AOJwtIuv51foTY60Y4fthHIgxdcIx5+tEOMcxRNiHPtc6itXBsuoAq05g1QJgDqwPm8',
  'Hs3g827OE4po0zoKv6OFrefvDVlsqHi1srC+9rrVoWbK1aEWzdszLYVl0UbNtXHGzftzrYvv/RYPvBx4k1wYuHSoIXa54IXg',
  'x9P9gZKg121q0LdtWvv6+z/gfFXYeffDW67KrhYUID3uL/Iv6nHP8CAAD//ygZylsAAAAGSURBVAMAF9NLjAPg1uQAAAAASU',
  'VORK5CYII=',
].join('');

export function trayIcon(): NativeImage {
  const image = nativeImage.createFromDataURL(icon16);
  image.addRepresentation({ scaleFactor: 2, dataURL: icon32 });
  return image;
}
