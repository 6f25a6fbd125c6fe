from dancoso_desktop.app import main

raise SystemExit(main())
